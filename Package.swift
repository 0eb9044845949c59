// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ChronicleKit", targets: ["ChronicleKit"]),
        .executable(name: "chronicle", targets: ["chronicle"]),
        .executable(name: "chronicle-eval", targets: ["chronicle-eval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkgconf"])]
        ),
        .target(
            name: "ChronicleKit",
            dependencies: [
                "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [
                .copy("Resources/ner-conll2003.model"), .copy("Resources/common-words.txt"), .copy("Resources/en"),
            ]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "ChronicleKit",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "chronicle-eval",
            dependencies: [
                "ChronicleKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ChronicleKitTests",
            dependencies: ["ChronicleKit"],
            exclude: ["Ingest/Pages"]
        ),
        .testTarget(
            name: "ChronicleCLITests",
            dependencies: ["ChronicleKit", "chronicle"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
