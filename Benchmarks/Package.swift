// swift-tools-version: 6.1
import PackageDescription

// Benchmarks of Chronicle on the Reuters-21578 corpus, kept out of the main package so that its
// dependencies are built only by those who measure. Run: swift package --package-path Benchmarks benchmark
let package = Package(
    name: "ChronicleBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Chronicle", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ChronicleBenchmarks",
            dependencies: [
                .product(name: "ChronicleKit", package: "Chronicle"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ChronicleBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
