@_exported import DescentTestSupport

/// The chapter transcripts in `Golden/` beside this file; `DESCENT_RECORD=1` re-records them.
let golden = GoldenFiles("Golden", beside: #filePath)
