import ChronicleKit
import Dispatch
import Foundation

/// Ctrl-C and termination: before the outputs are switched, remove this run's temporary files and exit
/// with 130; while they are being switched, let the switch roll back, then exit with 130.
///
/// Outputs are written to temporary files and renamed into place as one transaction
/// (``AtomicFile``), so an interrupted run leaves the previous outputs as they were.
final class Interruption: @unchecked Sendable {
    /// Why a switch stopped: an interruption arrived while it ran.
    struct Interrupted: Error {}

    private let state = NSLock()
    private var switching = false
    private var pending = false
    private var sources: [any DispatchSourceSignal] = []
    /// Test hook for fault injection: `CHRONICLE_TEST_KILL_AT_SWITCH=N` kills the process (SIGKILL) at the
    /// switch's checkpoint `N`, as a power cut would, so tests can check that the next run rolls back.
    private let killAt = ProcessInfo.processInfo.environment["CHRONICLE_TEST_KILL_AT_SWITCH"].flatMap { Int($0) }

    /// Watches SIGINT and SIGTERM while `folders` may receive outputs.
    init(folders: [String]) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [unowned self] in self.interrupt(folders: folders) }
            source.resume()
            return source
        }
    }

    /// Stops watching.
    func cancel() {
        sources.forEach { $0.cancel() }
    }

    /// Called by the switch before each rename: throws ``Interrupted`` when an interruption is waiting.
    func checkpoint(_ index: Int) throws {
        if index == killAt { kill(getpid(), SIGKILL) }
        state.lock()
        switching = true
        let stop = pending
        state.unlock()
        if stop { throw Interrupted() }
    }

    /// Ends the switch: an interruption that came during it now ends the run, with 130.
    private func switchEnded(rolledBack: Bool) {
        state.lock()
        switching = false
        let stop = pending
        state.unlock()
        guard stop else { return }
        Diagnostics.error(
            rolledBack
                ? "interrupted; the previous outputs were put back as they were"
                : "interrupted; the new outputs had already been written in full")
        exit(130)
    }

    private func interrupt(folders: [String]) {
        state.lock()
        if switching {
            pending = true
            state.unlock()
            return
        }
        // The lock stays held: no switch can begin while the run ends.
        for folder in folders { AtomicFile.removeTemporaryFiles(in: folder) }
        Diagnostics.error("interrupted; no output was changed")
        exit(130)
    }

    /// Runs an output switch with this watcher's checkpoints; exits with 130 when it was interrupted.
    func switchOutputs(_ body: (_ checkpoint: (Int) throws -> Void) throws -> Void) throws {
        do {
            try body(checkpoint)
        } catch {
            switchEnded(rolledBack: true)
            throw error
        }
        switchEnded(rolledBack: false)
    }
}
