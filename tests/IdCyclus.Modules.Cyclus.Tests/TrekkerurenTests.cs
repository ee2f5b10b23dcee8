using IdCyclus.Modules.Cyclus.Workflow;

namespace IdCyclus.Modules.Cyclus.Tests;

/// <summary>A fixed minimum for forms tested without a runtime.</summary>
internal sealed class VastTrekkerminimum(decimal uren, bool uitAfspraak) : ITrekkerminimum
{
    public Task<(decimal Uren, bool UitAfspraak)> VoorInstantieAsync(Guid instantieId, CancellationToken ct) => Task.FromResult((uren, uitAfspraak));
}

/// <summary>The trekker form's hours follow the agreement's N ("trekker met minimaal N uur per week"), else the report's 8.</summary>
public sealed class TrekkerurenTests
{
    [Theory]
    [InlineData("11,5", 12, "Een trekker krijgt minimaal 12 uur per week (volgens de afspraak met uw directie); 11,5 uur is te weinig.")]
    [InlineData("6", 8, "Een trekker krijgt minimaal 8 uur per week (volgens de afspraak met uw directie); 6 uur is te weinig.")]
    [InlineData("3", 4, "Een trekker krijgt minimaal 4 uur per week (volgens de afspraak met uw directie); 3 uur is te weinig.")]
    public void Minder_dan_de_uren_van_de_afspraak_wordt_geweigerd_met_die_uren_in_de_melding(string invoer, int minimum, string melding)
    {
        var fout = Trekkeruren.Controleer(invoer, minimum, uitAfspraak: true);

        Assert.Equal(("UrenPerWeek", melding), (fout!.Veld, fout.Melding));
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("4", 4)]
    [InlineData("40", 12)]
    public void De_uren_van_de_afspraak_of_meer_zijn_goed_ook_onder_de_8_als_de_afspraak_minder_vraagt(string invoer, int minimum) =>
        Assert.Null(Trekkeruren.Controleer(invoer, minimum, uitAfspraak: true));

    [Fact]
    public void Zonder_afspraak_geldt_de_aanbeveling_van_8_uur_van_het_rapport()
    {
        Assert.Equal("Een trekker krijgt minimaal 8 uur per week (afspraak van het GMT); 7 uur is te weinig.",
            Trekkeruren.Controleer("7", Trekkerminimum.Aanbeveling, uitAfspraak: false)!.Melding);
        Assert.Equal("Het aantal uren per week kan niet meer dan 40 zijn.", Trekkeruren.Controleer("41", 8, false)!.Melding);
        Assert.Equal("'veel' is geen getal; vul het aantal uren in, bijvoorbeeld 12 of 12,5.", Trekkeruren.Controleer("veel", 12, true)!.Melding);
        Assert.Equal("Minimaal 12 uur per week, zoals met uw directie is afgesproken.", Trekkeruren.Hint(12, true));
    }
}
