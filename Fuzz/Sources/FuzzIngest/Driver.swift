import FuzzSupport

@_cdecl("FuzzIngest_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        if let data { fuzzOne(UnsafeBufferPointer(start: data, count: size)) }
        return 0
    }
}
