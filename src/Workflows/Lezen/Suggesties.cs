namespace IdCyclus.Workflows.Lezen;

/// <summary>
/// Suggestions for typos: the known name closest to an unknown one ("Bedoelt u …?"). Public, so every reader of a
/// hand-written file (a definition, a simulation's behaviour file) answers a typo the same way.
/// </summary>
public static class Suggesties
{
    /// <summary>The closest known name within two edits (typos), or null.</summary>
    public static string? Voor(string naam, IEnumerable<string> bekend) =>
        bekend.Select(kandidaat => (kandidaat, afstand: Afstand(naam.ToLowerInvariant(), kandidaat.ToLowerInvariant())))
            .Where(paar => paar.afstand <= Math.Min(2, Math.Max(1, naam.Length / 3)))
            .OrderBy(paar => paar.afstand)
            .Select(paar => paar.kandidaat)
            .FirstOrDefault();

    private static int Afstand(string a, string b)
    {
        var vorige = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var huidige = new int[b.Length + 1];
            huidige[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                huidige[j] = Math.Min(Math.Min(huidige[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            vorige = huidige;
        }

        return vorige[b.Length];
    }
}
