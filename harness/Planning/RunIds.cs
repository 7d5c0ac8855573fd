using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FFRepro.Harness.Planning;

/// <summary>Stable run ids: independent of the grid a run appears in, its position, the device and the machine.</summary>
public static class RunIds
{
    /// <summary>First 16 hex digits of SHA-256 over <c>canonical recipe JSON + "|dataset=" + name + "|seed=" + seed</c>.</summary>
    public static string Of(string canonicalRecipe, string dataset, long seed)
    {
        var text = canonicalRecipe + "|dataset=" + dataset + "|seed=" + seed.ToString(CultureInfo.InvariantCulture);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
