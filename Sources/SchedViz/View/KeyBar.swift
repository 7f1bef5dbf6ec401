/// The bottom line's keys: the most used first, as many as fit the width, and always `? help`
/// and `q quit` (the help lists every key), as htop's bar fits 80 columns.
enum KeyBar {
    static func text(width: Int, ascii: Bool) -> String {
        let keys: [(String, String)] = [
            ("space", "play"), (ascii ? "h/l" : "←/→", "step"), (ascii ? "j/k" : "↑/↓", "lane"), ("c", "cause"), ("b", "back"),
            ("v", "variables"), (":", "jump"), ("/", "find"), ("enter", "expand"), ("g/G", "start/end"), ("+/-", "speed"), ("t", "axis"), ("d", "about"), ("x", "export"),
        ]
        let tail = "? help  q quit"
        var out = ""
        for (key, label) in keys {
            let item = "\(key) \(label)  "
            if (out + item + tail).unicodeScalars.count + 1 > width { break }
            out += item
        }
        return out + tail
    }
}
