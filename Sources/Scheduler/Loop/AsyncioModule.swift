/// The `asyncio` module's attributes.

extension VM {
    func asyncioAttribute(_ name: String) throws(PyRaise) -> Value? {
        nil
    }
}
