namespace IdCyclus.Modules.Opvolging.Domain;

/// <summary>The counts the GMT dashboard shows per directie and per section.</summary>
internal sealed record Afspraaktelling(int Open, int OpSchema, int TeLaat, int Gedaan, int Vervallen, int Verschoven)
{
    public static readonly Afspraaktelling Leeg = new(0, 0, 0, 0, 0, 0);

    /// <summary>Still to do: open, on track and late together.</summary>
    public int Lopend => Open + OpSchema + TeLaat;

    /// <summary>Counts on one day. Slipped counts every agreement whose deadline moved later, closed ones included, so the history stays visible.</summary>
    public static Afspraaktelling Tel(IEnumerable<Afspraak> afspraken, DateOnly vandaag)
    {
        var telling = Leeg;
        foreach (var afspraak in afspraken)
        {
            telling = afspraak.Status(vandaag) switch
            {
                Afspraakstatus.Open => telling with { Open = telling.Open + 1 },
                Afspraakstatus.OpSchema => telling with { OpSchema = telling.OpSchema + 1 },
                Afspraakstatus.TeLaat => telling with { TeLaat = telling.TeLaat + 1 },
                Afspraakstatus.Gedaan => telling with { Gedaan = telling.Gedaan + 1 },
                _ => telling with { Vervallen = telling.Vervallen + 1 },
            };
            if (afspraak.VerschovenDagen > 0)
            {
                telling = telling with { Verschoven = telling.Verschoven + 1 };
            }
        }

        return telling;
    }
}
