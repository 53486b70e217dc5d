namespace Py2Cs.Runtime;

/// <summary>
/// A Python function's parameter list, written once per translated function: what the dynamic call
/// protocol needs to bind (positional values, <see cref="KeywordArgument"/>s) to the slots of the
/// typed C# method, and to raise CPython's TypeError messages when they do not fit.
/// </summary>
/// <remarks>Slots come in the order the C# method declares its parameters (Python's own order):
/// positional-only and positional-or-keyword, <c>*args</c> (a <see cref="PyTuple"/>), keyword-only,
/// <c>**kwargs</c> (a <c>PyDict&lt;string, object?&gt;</c>).</remarks>
public sealed class PySignature
{
    /// <param name="qualifiedName">CPython's <c>__qualname__</c> (<c>A.m</c>, <c>outer.&lt;locals&gt;.inner</c>): TypeErrors name it.</param>
    /// <param name="positional">Positional parameters, positional-only first.</param>
    /// <param name="positionalOnlyCount">How many of <paramref name="positional"/> are positional-only.</param>
    /// <param name="defaultCount">How many trailing positional parameters have a default.</param>
    /// <param name="varArgs">The <c>*args</c> name, or null.</param>
    /// <param name="keywordOnly">Keyword-only parameters.</param>
    /// <param name="keywordOnlyWithDefault">Which keyword-only parameters have a default.</param>
    /// <param name="varKeywords">The <c>**kwargs</c> name, or null.</param>
    public PySignature(string qualifiedName, string[] positional, int positionalOnlyCount = 0, int defaultCount = 0,
        string? varArgs = null, string[]? keywordOnly = null, bool[]? keywordOnlyWithDefault = null, string? varKeywords = null)
    {
        QualifiedName = qualifiedName;
        Positional = positional;
        PositionalOnlyCount = positionalOnlyCount;
        DefaultCount = defaultCount;
        VarArgs = varArgs;
        KeywordOnly = keywordOnly ?? [];
        KeywordOnlyWithDefault = keywordOnlyWithDefault ?? new bool[KeywordOnly.Length];
        VarKeywords = varKeywords;
    }

    public string QualifiedName { get; }
    public string[] Positional { get; }
    public int PositionalOnlyCount { get; }
    public int DefaultCount { get; }
    public string? VarArgs { get; }
    public string[] KeywordOnly { get; }
    public bool[] KeywordOnlyWithDefault { get; }
    public string? VarKeywords { get; }

    /// <summary>How many slots <see cref="Bind"/> fills: one per parameter, <c>*args</c> and <c>**kwargs</c> included.</summary>
    public int SlotCount => Positional.Length + (VarArgs is null ? 0 : 1) + KeywordOnly.Length + (VarKeywords is null ? 0 : 1);

    /// <summary>The marker <see cref="Bind"/> leaves in a slot the caller did not supply and that has a default.</summary>
    public static readonly object Missing = new();

    /// <summary>
    /// Python's argument binding at run time. <paramref name="args"/> holds the positional values in
    /// order, then <see cref="KeywordArgument"/>s. Returns one value per slot; a parameter left out that
    /// has a default gets <see cref="Missing"/> (the callee fills in its own default). Checks in
    /// CPython's order: keywords, too many positionals, missing positionals, missing keyword-only.
    /// </summary>
    public object?[] Bind(object?[] args)
    {
        var slots = new object?[SlotCount];
        var filled = new bool[SlotCount];
        int positionalCount = 0;
        while (positionalCount < args.Length && args[positionalCount] is not KeywordArgument) positionalCount++;
        int kwOnlyStart = Positional.Length + (VarArgs is null ? 0 : 1);

        for (int i = 0; i < Math.Min(positionalCount, Positional.Length); i++) (slots[i], filled[i]) = (args[i], true);
        if (VarArgs is not null)
            slots[Positional.Length] = new PyTuple(args.Skip(Positional.Length).Take(Math.Max(0, positionalCount - Positional.Length)).ToArray());

        PyDict<string, object?>? extraKeywords = VarKeywords is null ? null : new PyDict<string, object?>();
        List<string>? positionalOnlyAsKeyword = null;
        int keywordOnlyGiven = 0;
        for (int i = positionalCount; i < args.Length; i++)
        {
            if (args[i] is not KeywordArgument keyword)
                throw new TypeError($"{QualifiedName}() positional argument follows keyword argument");
            int slot = SlotOfKeyword(keyword.Name, kwOnlyStart);
            if (slot < 0)
            {
                if (extraKeywords is not null) { extraKeywords[keyword.Name] = keyword.Value; continue; }
                if (Array.IndexOf(Positional, keyword.Name, 0, PositionalOnlyCount) >= 0) { (positionalOnlyAsKeyword ??= []).Add(keyword.Name); continue; }
                throw new TypeError($"{QualifiedName}() got an unexpected keyword argument '{keyword.Name}'");
            }
            if (filled[slot]) throw new TypeError($"{QualifiedName}() got multiple values for argument '{keyword.Name}'");
            (slots[slot], filled[slot]) = (keyword.Value, true);
            if (slot >= kwOnlyStart) keywordOnlyGiven++;
        }
        if (positionalOnlyAsKeyword is not null)
            throw new TypeError($"{QualifiedName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", positionalOnlyAsKeyword)}'");
        if (VarKeywords is not null) slots[^1] = extraKeywords;

        if (positionalCount > Positional.Length && VarArgs is null) throw TooManyPositional(positionalCount, keywordOnlyGiven);

        int required = Positional.Length - DefaultCount;
        var missing = new List<string>();
        for (int i = 0; i < Positional.Length; i++)
        {
            if (filled[i]) continue;
            if (i < required) missing.Add(Positional[i]);
            else slots[i] = Missing;
        }
        if (missing.Count > 0) throw MissingArguments(missing, "positional");
        for (int k = 0; k < KeywordOnly.Length; k++)
        {
            int slot = kwOnlyStart + k;
            if (filled[slot]) continue;
            if (KeywordOnlyWithDefault[k]) slots[slot] = Missing;
            else missing.Add(KeywordOnly[k]);
        }
        if (missing.Count > 0) throw MissingArguments(missing, "keyword-only");
        return slots;
    }

    int SlotOfKeyword(string name, int kwOnlyStart)
    {
        for (int i = PositionalOnlyCount; i < Positional.Length; i++)
            if (Positional[i] == name) return i;
        int k = Array.IndexOf(KeywordOnly, name);
        return k < 0 ? -1 : kwOnlyStart + k;
    }

    TypeError TooManyPositional(int given, int keywordOnlyGiven)
    {
        int max = Positional.Length, min = max - DefaultCount;
        string takes = min == max ? $"{max} positional argument{Plural(max)}" : $"from {min} to {max} positional arguments";
        string wasGiven = keywordOnlyGiven == 0
            ? $"{given} {(given == 1 ? "was" : "were")} given"
            : $"{given} positional argument{Plural(given)} (and {keywordOnlyGiven} keyword-only argument{Plural(keywordOnlyGiven)}) were given";
        return new TypeError($"{QualifiedName}() takes {takes} but {wasGiven}");
    }

    TypeError MissingArguments(List<string> names, string kind)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        string list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} and {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[^1],
        };
        return new TypeError($"{QualifiedName}() missing {names.Count} required {kind} argument{Plural(names.Count)}: {list}");
    }

    static string Plural(int n) => n == 1 ? "" : "s";
}
