import Kernel

/// What `kernel_info_reply` says about Descent: protocol 5.3, the language, its help.
public enum KernelInfo {
    public static let protocolVersion = "5.3"
    public static let implementation = "descent"
    public static let languageVersion = "0.1.0"

    public static var content: JSONValue {
        [
            "status": "ok",
            "protocol_version": .string(protocolVersion),
            "implementation": .string(implementation),
            "implementation_version": .string(languageVersion),
            "language_info": [
                "name": "descent",
                "version": .string(languageVersion),
                "mimetype": "text/x-descent",
                "file_extension": ".descent",
                // Descent reads like Julia: f(x) = x^2, a..b ranges aside, and # comments.
                "pygments_lexer": "julia",
                "codemirror_mode": "julia",
            ],
            "banner": .string("Descent \(languageVersion): exact derivatives, optimizers step by step, plots and lessons. :help lists everything."),
            // Descent's help lives in the kernel (`:help`, Shift-Tab on a name); it has no web pages to link.
            "help_links": [],
        ]
    }
}
