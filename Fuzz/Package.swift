// swift-tools-version: 6.0
// libFuzzer targets for Chronicle's parsers and taggers. Build and run (see README "Fuzzing"):
//   swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
//   Fuzz/.build/release/FuzzTime Fuzz/Corpus/time -max_total_time=600
import PackageDescription

let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
let dependencies: [Target.Dependency] = ["FuzzSupport", .product(name: "ChronicleKit", package: "Chronicle")]

let package = Package(
    name: "ChronicleFuzz",
    dependencies: [.package(name: "Chronicle", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzIngest", dependencies: dependencies, swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzTime", dependencies: dependencies, swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzEntities", dependencies: dependencies, swiftSettings: fuzzFlags),
    ]
)
