using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

// Prints the documentation IDs of TorchSharp's public members whose IL creates a Scalar (op_Implicit or ToScalar)
// without disposing it, or calls a member that does. With more arguments, lists the public members of those names instead.
var path = args[0];
using var fs = File.OpenRead(path);
using var pe = new PEReader(fs);
var md = pe.GetMetadataReader();
string Name(EntityHandle h)
{
    switch (h.Kind)
    {
        case HandleKind.MethodDefinition:
            var m = md.GetMethodDefinition((MethodDefinitionHandle)h);
            var t = md.GetTypeDefinition(m.GetDeclaringType());
            return md.GetString(t.Name) + "::" + md.GetString(m.Name);
        case HandleKind.MemberReference:
            var r = md.GetMemberReference((MemberReferenceHandle)h);
            var parent = r.Parent.Kind == HandleKind.TypeReference ? md.GetString(md.GetTypeReference((TypeReferenceHandle)r.Parent).Name)
                : r.Parent.Kind == HandleKind.TypeDefinition ? md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)r.Parent).Name) : "?";
            return parent + "::" + md.GetString(r.Name);
        case HandleKind.MethodSpecification:
            return Name(md.GetMethodSpecification((MethodSpecificationHandle)h).Method);
    }
    return "?";
}
string FullType(TypeDefinitionHandle th)
{
    var t = md.GetTypeDefinition(th);
    var n = md.GetString(t.Name);
    var decl = t.GetDeclaringType();
    if (!decl.IsNil) return FullType(decl) + "+" + n;
    return md.GetString(t.Namespace) + "." + n;
}
var calls = new Dictionary<string, HashSet<string>>();
var creators = new HashSet<string>();
var publicIds = new Dictionary<string, string>();
foreach (var th in md.TypeDefinitions)
{
    var type = md.GetTypeDefinition(th);
    foreach (var mh in type.GetMethods())
    {
        var m = md.GetMethodDefinition(mh);
        if (m.RelativeVirtualAddress == 0) continue;
        var key = Key(mh);
        var callees = calls[key] = new HashSet<string>();
        var body = pe.GetMethodBody(m.RelativeVirtualAddress);
        var il = body.GetILReader();
        bool creates = false, disposes = false;
        while (il.RemainingBytes > 0)
        {
            var op = il.ReadByte();
            ILOpCode code = op == 0xFE ? (ILOpCode)(0xFE00 | il.ReadByte()) : (ILOpCode)op;
            switch (code)
            {
                case ILOpCode.Call:
                case ILOpCode.Callvirt:
                case ILOpCode.Newobj:
                case ILOpCode.Ldftn:
                case ILOpCode.Ldtoken:
                case ILOpCode.Jmp:
                    var tok = il.ReadInt32();
                    var h = MetadataTokens.EntityHandle(tok);
                    var n = Name(h);
                    if (n == "Scalar::op_Implicit" || n.EndsWith("::ToScalar")) creates = true;
                    if (h.Kind == HandleKind.MethodDefinition) callees.Add(Key((MethodDefinitionHandle)h));
                    if (h.Kind == HandleKind.MethodSpecification && md.GetMethodSpecification((MethodSpecificationHandle)h).Method.Kind == HandleKind.MethodDefinition) callees.Add(Key((MethodDefinitionHandle)md.GetMethodSpecification((MethodSpecificationHandle)h).Method));
                    if (n == "Scalar::Dispose" || n == "IDisposable::Dispose") disposes = true;
                    break;
                case ILOpCode.Switch: var cnt = il.ReadInt32(); il.Offset += cnt * 4; break;
                default: il.Offset += OperandSize(code); break;
            }
        }
        if (creates && !disposes) creators.Add(key);
        if ((m.Attributes & System.Reflection.MethodAttributes.MemberAccessMask) == System.Reflection.MethodAttributes.Public)
        {
            var sig = m.DecodeSignature(new SigProvider(), null);
            var ps = sig.ParameterTypes.Length == 0 ? "" : "(" + string.Join(",", sig.ParameterTypes) + ")";
            publicIds[key] = "M:" + FullType(th).Replace('+', '.') + "." + md.GetString(m.Name).Replace('.', '#') + ps;
        }
    }
}
var changed = true;
while (changed)
{
    changed = false;
    foreach (var (k, cs) in calls)
        if (!creators.Contains(k) && cs.Any(creators.Contains)) { creators.Add(k); changed = true; }
}
if (args.Length > 1) { foreach (var id in publicIds.Values) if (args.Skip(1).Any(a => id.Contains("." + a + "(") || id.EndsWith("." + a))) Console.WriteLine(id + (creators.Contains(publicIds.First(p => p.Value == id).Key) ? "  [creates]" : "")); return; }
foreach (var k in creators) if (publicIds.TryGetValue(k, out var id)) Console.WriteLine(id);
static string Key(MethodDefinitionHandle h) => MetadataTokens.GetToken(h).ToString();
static int OperandSize(ILOpCode c) => c switch
{
    ILOpCode.Ldarg_s or ILOpCode.Ldarga_s or ILOpCode.Starg_s or ILOpCode.Ldloc_s or ILOpCode.Ldloca_s or ILOpCode.Stloc_s or ILOpCode.Ldc_i4_s
        or ILOpCode.Br_s or ILOpCode.Brfalse_s or ILOpCode.Brtrue_s or ILOpCode.Beq_s or ILOpCode.Bge_s or ILOpCode.Bgt_s or ILOpCode.Ble_s
        or ILOpCode.Blt_s or ILOpCode.Bne_un_s or ILOpCode.Bge_un_s or ILOpCode.Bgt_un_s or ILOpCode.Ble_un_s or ILOpCode.Blt_un_s
        or ILOpCode.Leave_s or ILOpCode.Unaligned => 1,
    ILOpCode.Ldarg or ILOpCode.Ldarga or ILOpCode.Starg or ILOpCode.Ldloc or ILOpCode.Ldloca or ILOpCode.Stloc => 2,
    ILOpCode.Ldc_i8 or ILOpCode.Ldc_r8 => 8,
    ILOpCode.Ldc_i4 or ILOpCode.Ldc_r4 or ILOpCode.Br or ILOpCode.Brfalse or ILOpCode.Brtrue or ILOpCode.Beq or ILOpCode.Bge or ILOpCode.Bgt
        or ILOpCode.Ble or ILOpCode.Blt or ILOpCode.Bne_un or ILOpCode.Bge_un or ILOpCode.Bgt_un or ILOpCode.Ble_un or ILOpCode.Blt_un
        or ILOpCode.Leave or ILOpCode.Ldstr or ILOpCode.Ldfld or ILOpCode.Ldflda or ILOpCode.Stfld or ILOpCode.Ldsfld or ILOpCode.Ldsflda
        or ILOpCode.Stsfld or ILOpCode.Box or ILOpCode.Unbox or ILOpCode.Unbox_any or ILOpCode.Newarr or ILOpCode.Castclass or ILOpCode.Isinst
        or ILOpCode.Ldobj or ILOpCode.Stobj or ILOpCode.Cpobj or ILOpCode.Initobj or ILOpCode.Ldelema or ILOpCode.Ldelem or ILOpCode.Stelem
        or ILOpCode.Mkrefany or ILOpCode.Refanyval or ILOpCode.Sizeof or ILOpCode.Constrained or ILOpCode.Calli => 4,
    _ => 0,
};
sealed class SigProvider : ISignatureTypeProvider<string, object?>
{
    public string GetArrayType(string e, ArrayShape s) => e + "[" + new string(',', s.Rank - 1) + "]";
    public string GetByReferenceType(string e) => e + "@";
    public string GetFunctionPointerType(MethodSignature<string> s) => "fnptr";
    public string GetGenericInstantiation(string g, System.Collections.Immutable.ImmutableArray<string> a) => g.Split('`')[0] + "{" + string.Join(",", a) + "}";
    public string GetGenericMethodParameter(object? c, int i) => "``" + i;
    public string GetGenericTypeParameter(object? c, int i) => "`" + i;
    public string GetModifiedType(string m, string u, bool r) => u;
    public string GetPinnedType(string e) => e;
    public string GetPointerType(string e) => e + "*";
    public string GetPrimitiveType(PrimitiveTypeCode t) => "System." + t switch { PrimitiveTypeCode.Int32 => "Int32", PrimitiveTypeCode.Int64 => "Int64", PrimitiveTypeCode.Double => "Double", PrimitiveTypeCode.Single => "Single", PrimitiveTypeCode.Boolean => "Boolean", PrimitiveTypeCode.String => "String", PrimitiveTypeCode.Object => "Object", PrimitiveTypeCode.Void => "Void", PrimitiveTypeCode.IntPtr => "IntPtr", PrimitiveTypeCode.Byte => "Byte", PrimitiveTypeCode.SByte => "SByte", PrimitiveTypeCode.Int16 => "Int16", _ => t.ToString() };
    public string GetSZArrayType(string e) => e + "[]";
    public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle h, byte k) { var t = r.GetTypeDefinition(h); var d = t.GetDeclaringType(); return (d.IsNil ? r.GetString(t.Namespace) + "." : GetTypeFromDefinition(r, d, k) + ".") + r.GetString(t.Name); }
    public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle h, byte k) { var t = r.GetTypeReference(h); return (t.ResolutionScope.Kind == HandleKind.TypeReference ? GetTypeFromReference(r, (TypeReferenceHandle)t.ResolutionScope, k) + "." : r.GetString(t.Namespace) + ".") + r.GetString(t.Name); }
    public string GetTypeFromSpecification(MetadataReader r, object? c, TypeSpecificationHandle h, byte k) => "spec";
}
