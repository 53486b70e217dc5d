using System.Reflection;
using System.Reflection.Emit;

namespace Py2Cs.Compiler;

/// <summary>
/// The methods a method's IL calls, creates with <c>newobj</c> or takes with <c>ldftn</c>, resolved
/// in its own generic context (so <c>List&lt;T&gt;.Add</c> inside <c>PyDict&lt;string, long&gt;</c>
/// comes out as the <c>List&lt;(string, long, bool)&gt;</c> one). Ahead-of-time preparation follows
/// these edges to reach the generic instantiations a program will need, which neither
/// ReadyToRun nor the program's own metadata names.
/// </summary>
static class IlCallees
{
    static readonly OpCode?[] s_oneByte = new OpCode?[256];
    static readonly OpCode?[] s_twoByte = new OpCode?[256];

    static IlCallees()
    {
        foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var op = (OpCode)field.GetValue(null)!;
            ushort value = unchecked((ushort)op.Value);
            if (op.Size == 1) s_oneByte[value] = op;
            else s_twoByte[value & 0xFF] = op;
        }
    }

    public static List<MethodBase> Of(MethodBase method)
    {
        var callees = new List<MethodBase>();
        byte[]? il;
        try { il = method.GetMethodBody()?.GetILAsByteArray(); }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or BadImageFormatException) { return callees; }
        if (il is null) return callees;

        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } type ? type.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int position = 0;
        while (position < il.Length)
        {
            byte first = il[position++];
            OpCode? op = first == 0xFE ? (position < il.Length ? s_twoByte[il[position++]] : null) : s_oneByte[first];
            if (op is not { } code) return callees;   // not IL we understand: stop rather than misread
            int operand = OperandSize(code.OperandType, il, position);
            if (code.OperandType == OperandType.InlineMethod && position + 4 <= il.Length)
            {
                try
                {
                    if (method.Module.ResolveMethod(BitConverter.ToInt32(il, position), typeArguments, methodArguments) is { } callee)
                        callees.Add(callee);
                }
                catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException) { }
            }
            position += operand;
        }
        return callees;
    }

    static int OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => position + 4 <= il.Length ? 4 + 4 * BitConverter.ToInt32(il, position) : il.Length,
        _ => 4,
    };
}
