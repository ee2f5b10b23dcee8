namespace IdCyclus.Tests.Integration.Toegang.Matrix;

/// <summary>
/// A line of Verwacht/toegangsmatrix.txt:
/// <c>METHOD route [?handler=Name] | url with {placeholders} | outcome per role</c>, outcomes in the order bureau,
/// accounthouder, clusterdirecteur, directeur, trekker, mt-lid, gmt, werkgroeplid, zonder-rol, anoniem: ok, 403, login,
/// 404, or "-" for a cell not requested (with the reason in a comment above the line).
/// </summary>
public sealed record Matrixregel(string Sleutel, string Methode, string UrlSjabloon, IReadOnlyList<string> Verwacht)
{
    public static IReadOnlyList<Matrixregel> LeesBestand()
    {
        var pad = Path.Combine(AppContext.BaseDirectory, "Verwacht", "toegangsmatrix.txt");
        return File.ReadAllLines(pad)
            .Where(r => r.Trim() is { Length: > 0 } t && !t.StartsWith('#'))
            .Select(Lees)
            .ToList();
    }

    private static Matrixregel Lees(string regel)
    {
        var delen = regel.Split('|').Select(d => d.Trim()).ToArray();
        if (delen.Length != 3)
        {
            throw new FormatException($"toegangsmatrix.txt: verwacht 'eindpunt | url | uitkomsten', kreeg: {regel}");
        }

        var uitkomsten = delen[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (uitkomsten.Length != 10)
        {
            throw new FormatException($"toegangsmatrix.txt: verwacht 10 uitkomsten (één per rol), kreeg {uitkomsten.Length}: {regel}");
        }

        var sleutel = string.Join(' ', delen[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return new Matrixregel(sleutel, sleutel.Split(' ')[0], delen[1], uitkomsten);
    }

    public string Url(IReadOnlyDictionary<string, string> waarden) =>
        waarden.Aggregate(UrlSjabloon, (url, w) => url.Replace(w.Key, Uri.EscapeDataString(w.Value), StringComparison.Ordinal));

    /// <summary>This line with other outcomes (to print what the application really did).</summary>
    public string Met(IReadOnlyList<string> uitkomsten) =>
        $"{Sleutel,-70} | {UrlSjabloon,-60} | {string.Join(' ', uitkomsten.Select(u => u.PadRight(5)))}".TrimEnd();
}
