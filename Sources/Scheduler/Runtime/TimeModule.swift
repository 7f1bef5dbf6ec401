/// `time` and `datetime`, reading the virtual clock.

extension VM {
    func registerNativeTypes() {
    }

    func callTime(_ fn: Builtin, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        throw typeError("not yet")
    }
}
