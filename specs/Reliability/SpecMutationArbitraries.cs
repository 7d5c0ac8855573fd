using FsCheck;
using FsCheck.Fluent;

namespace FFRepro.Specs.Reliability;

/// <summary>Arbitraries of single defects in a valid spec (<see cref="SpecMutationSpecs.Valid"/>).</summary>
public static class SpecMutationArbitraries
{
    // Values of a type each field cannot take: strings get non-strings, counts get non-integers, objects get scalars.
    private static readonly (string Field, string[] Wrong)[] Typed =
    [
        ("name", ["42", "true", "[]", "{}", "null"]),
        ("dataset", ["1", "false", "[\"mnist10k\"]", "{}"]),
        ("recipe", ["7", "true", "[]", "{\"paper\":1}"]),
        ("device", ["0", "true", "[\"cpu\"]"]),
        ("seeds", ["\"many\"", "true", "{}", "1.5", "-3", "[1.5]", "[\"a\"]"]),
        ("seed_batch_size", ["\"all\"", "true", "[]", "2.5", "0"]),
        ("treatments", ["1", "\"depth\"", "[1,2]", "true"]),
        ("overrides", ["1", "\"lr\"", "[]", "false"]),
    ];

    private static readonly string[] Required = ["name", "dataset", "recipe"];
    private static readonly string[] Axes = ["depth", "width"];

    /// <summary>Every kind of defect, with the field it hits and the value it puts there.</summary>
    public static Arbitrary<SpecMutation> Mutations() =>
        Gen.OneOf(
            Gen.Elements(Required).Select(f => new SpecMutation("drop", f, "")),
            from t in Gen.Elements(Typed)
            from v in Gen.Elements(t.Wrong)
            select new SpecMutation("wrong-type", t.Field, v),
            Gen.Elements(Axes).Select(a => new SpecMutation("empty-values", a, "")),
            Gen.Elements(Axes).Select(a => new SpecMutation("duplicate-value", a, "")),
            from a in Gen.Elements(Axes)
            from v in Gen.Elements("3", "\"wide\"", "{}", "true")
            select new SpecMutation("axis-not-a-list", a, v),
            from name in Gen.Elements("abcdefghijklmnopqrstuvwxyz_".ToCharArray()).NonEmptyListOf().Select(c => "x_" + new string([.. c]))
            from v in Gen.Elements("1", "\"a\"", "[]", "null")
            select new SpecMutation("unknown-field", name, v)
        ).ToArbitrary();
}
