import Foundation

/// Descent's logo for Jupyter's launcher: a parabola on a dark tile with a ball
/// stepping down it to the minimum, drawn at any size.
enum KernelLogo {
    static func png(size: Int) -> Data {
        var image = PNGImage(width: size, height: size)
        let scale = Double(size)
        for y in 0..<size {
            for x in 0..<size {
                image.set(x, y, (24, 38, 64, 255))
            }
        }
        func curve(_ u: Double) -> Double { 0.2 + 0.6 * (1 - (2 * u - 1) * (2 * u - 1)) }
        let thickness = max(1.0, scale / 22)
        for step in 0...(size * 8) {
            let u = 0.1 + 0.8 * Double(step) / Double(size * 8)
            disc(&image, x: u * scale, y: (1 - curve(u)) * scale - scale * 0.05, radius: thickness, color: (120, 190, 255, 255))
        }
        for (index, u) in [0.18, 0.3, 0.4, 0.47].enumerated() {
            let shade = UInt8(150 + 30 * index)
            disc(&image, x: u * scale, y: (1 - curve(u)) * scale - scale * 0.05 - scale * 0.07, radius: scale / 14,
                 color: (255, shade, 60, 255))
        }
        disc(&image, x: 0.5 * scale, y: (1 - curve(0.5)) * scale - scale * 0.05 - scale * 0.08, radius: scale / 10, color: (255, 220, 80, 255))
        return image.data
    }

    private static func disc(_ image: inout PNGImage, x: Double, y: Double, radius: Double, color: (UInt8, UInt8, UInt8, UInt8)) {
        let r = Int(radius.rounded(.up))
        for dy in -r...r {
            for dx in -r...r where Double(dx * dx + dy * dy) <= radius * radius {
                image.set(Int(x.rounded()) + dx, Int(y.rounded()) + dy, color)
            }
        }
    }
}
