using System.Text;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Features.Dashboard;
using IdCyclus.Modules.Organisatie.Contracts;

namespace IdCyclus.Modules.Opvolging.Tests.Dashboard;

public class DashboardtabelTests
{
    private static readonly Urennorm Norm = Urennorm.Aanbeveling(2024);

    private static Dashboardregel Regel(Trekkerstand stand, int teLaat = 0, int verschoven = 0, string sectie = "sociaal") => new(
        new DirectieGegevens(Guid.NewGuid(), "DV", "Directie Voorbeeld", sectie, null, null, null, null),
        sectie, sectie, [], stand, null, new Scorebeeld(null, null, null, 0, "geen definitief interview in 2024"), Indicatorbeeld.Leeg,
        Afspraaktelling.Leeg with { TeLaat = teLaat },
        Enumerable.Range(1, verschoven).Select(i => new Verschuiving(Guid.NewGuid(), "Afspraak", i, Afspraakstatus.Open)).ToList());

    [Fact]
    public void De_urenvlag_noemt_de_aanbevolen_uren_en_is_een_signaal()
    {
        Assert.Equal(new Cel("nee, minder dan 8 uur per week", Signaal: true), Dashboardtabel.Urennorm(Trekkerstand.OnderNorm, Norm));
        Assert.Equal(new Cel("nee, geen trekker", Signaal: true), Dashboardtabel.Urennorm(Trekkerstand.Geen, Norm));
        Assert.Equal(new Cel("ja"), Dashboardtabel.Urennorm(Trekkerstand.Voldoende, Norm));
        Assert.Equal("Trekker met minimaal 8 uur", Dashboardtabel.Kolommen(2024, Norm)[2]);
    }

    [Theory]
    [InlineData(3, "3 hoger (5 vragen)", false)]
    [InlineData(0, "gelijk (5 vragen)", false)]
    [InlineData(-2, "2 lager (5 vragen)", true)]
    public void De_verandering_staat_in_woorden_zonder_plus_of_min_vooraan(int verschil, string tekst, bool signaal)
    {
        Assert.Equal(new Cel(tekst, Signaal: signaal), Dashboardtabel.Verandering(new Scorebeeld(20, 30, verschil, 5, null)));
    }

    [Fact]
    public void Indicatoren_tonen_het_aantal_onder_streefcijfer_en_welke()
    {
        var beeld = new Indicatorbeeld(2, [new Indicatorachterstand("jongeren", "Jongeren", "procent", 12.5m, 20)]);

        Assert.Equal("1 van 2: Jongeren 12,5 % (streefcijfer 20 %)", Dashboardtabel.Indicatoren(beeld).Tekst);
        Assert.Equal("0 van 2", Dashboardtabel.Indicatoren(new Indicatorbeeld(2, [])).Tekst);
        Assert.Equal("geen cijfers met streefcijfer", Dashboardtabel.Indicatoren(Indicatorbeeld.Leeg).Tekst);
    }

    [Fact]
    public void Een_rij_heeft_een_cel_per_kolom_en_getallen_alleen_waar_de_tekst_het_getal_is()
    {
        var cellen = Dashboardtabel.Cellen(Regel(Trekkerstand.Geen, teLaat: 2), Norm);

        Assert.Equal(Dashboardtabel.Kolommen(2024, Norm).Count, cellen.Count);
        Assert.All(
            cellen.Where(c => c.Getal is not null),
            c => Assert.Equal(c.Getal!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Tekst));
        Assert.Equal(new Cel("2", 2, Signaal: true), cellen[^2]);
        Assert.Equal(new Cel("geen actieplan", Signaal: true), cellen[3]);
    }

    [Fact]
    public void Filters_laten_alleen_passende_directies_en_secties_met_directies_over()
    {
        Dashboardsectie[] secties =
        [
            new("sociaal", "Sociaal", [Regel(Trekkerstand.Geen, teLaat: 1), Regel(Trekkerstand.OnderNorm, verschoven: 1), Regel(Trekkerstand.Voldoende)]),
            new("ruimte", "Ruimte", [Regel(Trekkerstand.Voldoende, sectie: "ruimte")]),
        ];

        int Aantal(Dashboardfilter f) => f.Pas(secties).Sum(s => s.Regels.Count);

        Assert.Equal(4, Aantal(new(null, null, false, false)));
        Assert.Equal(1, Aantal(new(null, Dashboardfilter.GeenTrekker, false, false)));
        Assert.Equal(2, Aantal(new(null, Dashboardfilter.OnderNorm, false, false)));
        Assert.Equal(1, Aantal(new(null, null, AlleenTeLaat: true, false)));
        Assert.Equal(1, Aantal(new(null, null, false, AlleenVerschoven: true)));
        Assert.Equal(0, Aantal(new(null, Dashboardfilter.GeenTrekker, false, AlleenVerschoven: true)));
        Assert.Equal(["Ruimte"], new Dashboardfilter("ruimte", null, false, false).Pas(secties).Select(s => s.Naam));
    }

    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("a; b", "\"a; b\"")]
    [InlineData("zei \"ja\"", "\"zei \"\"ja\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+31", "'+31")]
    [InlineData("—", "—")]
    public void Csv_velden_worden_gequote_en_formules_onschadelijk(string tekst, string verwacht)
    {
        Assert.Equal(verwacht, Dashboardexport.CsvVeld(tekst));
    }

    [Fact]
    public void Csv_is_utf8_met_bom_puntkomma_en_crlf()
    {
        var bytes = Dashboardexport.Csv([[new Cel("Sectie"), new Cel("Directie")], [new Cel("Sociaal"), new Cel("Werk, Participatie en Inkomen")]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Sectie;Directie\r\nSociaal;Werk, Participatie en Inkomen\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("gmt-dashboard-2025-12-06.csv", Dashboardexport.Bestandsnaam(new DateOnly(2025, 12, 6), "csv"));
    }
}
