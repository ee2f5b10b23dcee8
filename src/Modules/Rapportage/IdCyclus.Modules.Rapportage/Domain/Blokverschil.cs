namespace IdCyclus.Modules.Rapportage.Domain;

internal enum Regelsoort
{
    Gelijk,
    Weg,
    Erbij,
}

internal sealed record Verschilregel(Regelsoort Soort, string Tekst);

/// <summary>The difference between two versions of a block, line by line (longest common subsequence).</summary>
internal static class Blokverschil
{
    public static IReadOnlyList<Verschilregel> Bepaal(string? oud, string? nieuw)
    {
        var a = Regels(oud);
        var b = Regels(nieuw);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var regels = new List<Verschilregel>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                regels.Add(new(Regelsoort.Gelijk, a[x++]));
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                regels.Add(new(Regelsoort.Weg, a[x++]));
            }
            else
            {
                regels.Add(new(Regelsoort.Erbij, b[y++]));
            }
        }

        regels.AddRange(a[x..].Select(r => new Verschilregel(Regelsoort.Weg, r)));
        regels.AddRange(b[y..].Select(r => new Verschilregel(Regelsoort.Erbij, r)));
        return regels;
    }

    private static string[] Regels(string? tekst) =>
        string.IsNullOrEmpty(tekst) ? [] : tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
