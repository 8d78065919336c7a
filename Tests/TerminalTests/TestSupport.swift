/// The shared test support (`DescentProcess`, `PseudoTerminal`, `TemporaryDirectory` …) for every file here.
@_exported import DescentTestSupport
