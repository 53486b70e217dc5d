using Py2Cs.Semantics.Types;

namespace Py2Cs.Semantics.Library;

/// <summary><c>math</c> and <c>random</c>: the runtime's <c>math</c> class and <c>Builtins.random</c>
/// field carry the Python names, so <c>math.sqrt(x)</c> stays <c>math.sqrt(x)</c> in C#.</summary>
public sealed partial class LibraryCatalog
{
    void AddMath()
    {
        Module("math");
        foreach (var c in new[] { "pi", "e", "tau", "inf", "nan" }) Constant("math." + c, PyType.Float);
        foreach (var f in new[] { "sqrt", "exp", "log", "log2", "log10", "log1p", "pow", "sin", "cos", "tan", "asin", "acos", "atan",
                                  "atan2", "sinh", "cosh", "tanh", "hypot", "dist", "degrees", "radians", "fabs", "fmod", "copysign", "ldexp", "fsum" })
            Function("math." + f, PyType.Float);
        foreach (var f in new[] { "isnan", "isinf", "isfinite", "isclose" }) Function("math." + f, PyType.Bool);
        // floor/ceil/trunc of a float give a C# long; of anything else the runtime's object overload.
        foreach (var f in new[] { "floor", "ceil", "trunc" })
            Function("math." + f, a => a.At(0) == PyType.Float || a.At(0) == PyType.Int ? PyType.Int : PyType.Object);
        foreach (var f in new[] { "gcd", "lcm", "isqrt" }) Function("math." + f, PyType.Int);
        foreach (var f in new[] { "factorial", "comb", "perm", "prod" }) Function("math." + f, PyType.Object);
        Function("math.modf", new TupleType(new EquatableArray<PyType>([PyType.Float, PyType.Float])));
        Function("math.frexp", new TupleType(new EquatableArray<PyType>([PyType.Float, PyType.Int])));
    }

    void AddRandom()
    {
        Module("random");
        Function("random.seed", PyType.None);
        Function("random.shuffle", PyType.None);
        Function("random.random", PyType.Float);
        foreach (var f in new[] { "uniform", "triangular", "gauss", "normalvariate", "expovariate" }) Function("random." + f, PyType.Float);
        Function("random.randint", PyType.Int);
        Function("random.randrange", a => a.Positional.All(p => p == PyType.Int) ? PyType.Int : PyType.Object);
        Function("random.choice", Elem);
        Function("random.sample", a => new ListType(Elem(a)));
        Function("random.choices", a => new ListType(Elem(a)));
        Function("random.getrandbits", PyType.Object);
    }
}
