// swift-tools-version: 6.0
// libFuzzer targets for Chronicle's parsers and taggers. Build and run (see README "Fuzzing"):
//   swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
//   Fuzz/.build/release/FuzzTime Fuzz/Corpus/time -max_total_time=600
import PackageDescription

let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "ChronicleFuzz",
    dependencies: [.package(name: "Chronicle", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzIngest", dependencies: [.product(name: "ChronicleKit", package: "Chronicle")], swiftSettings: fuzzFlags),
        .executableTarget(
            name: "FuzzTime", dependencies: [.product(name: "ChronicleKit", package: "Chronicle")], swiftSettings: fuzzFlags),
        .executableTarget(
            name: "FuzzEntities", dependencies: [.product(name: "ChronicleKit", package: "Chronicle")], swiftSettings: fuzzFlags),
    ]
)
