using IdCyclus.Modules.Rapportage.Domain;

namespace IdCyclus.Modules.Rapportage.Tests;

public sealed class ReviewregelsTests
{
    private static readonly DateOnly Vandaag = new(2024, 9, 1);

    [Fact]
    public void Een_review_heeft_een_deadline_na_vandaag()
    {
        Assert.Equal("Vul de deadline van de review in, bijvoorbeeld 15-09-2024.", Assert.Single(Reviewregels.ControleerStart(null, Vandaag)).Melding);
        Assert.Equal("De deadline moet na vandaag liggen.", Assert.Single(Reviewregels.ControleerStart(Vandaag, Vandaag)).Melding);
        Assert.Empty(Reviewregels.ControleerStart(Vandaag.AddDays(14), Vandaag));
    }

    [Fact]
    public void Een_tweede_review_wacht_tot_de_lopende_voorbij_is()
    {
        Assert.Equal("Er loopt al een review tot en met 1 september 2024; start een nieuwe review na die deadline.",
            Assert.Single(Reviewregels.ControleerStart(Vandaag.AddDays(14), Vandaag, lopendeDeadline: Vandaag)).Melding);
        Assert.Empty(Reviewregels.ControleerStart(Vandaag.AddDays(14), Vandaag, lopendeDeadline: Vandaag.AddDays(-1)));
    }

    [Fact]
    public void Per_werkgroeplid_klaar_of_nog_niet_en_wie_klaar_is_maar_geen_lid_meer_blijft_zichtbaar()
    {
        var (anna, bram, cor) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var op = new DateTime(2024, 9, 3, 8, 0, 0, DateTimeKind.Utc);

        var stand = Reviewregels.Stand(
            [(bram, "Bram"), (anna, "Anna"), (anna, "Anna")],
            [(anna, "Anna", op.AddHours(1)), (anna, "Anna", op), (cor, "Cor", op)]);

        Assert.Equal(
            [new Reviewerstand(anna, "Anna", true, op), new Reviewerstand(bram, "Bram", true, null), new Reviewerstand(cor, "Cor", false, op)],
            stand);
        Assert.Equal([true, false, true], stand.Select(s => s.IsAfgerond));
    }

    [Fact]
    public void De_review_is_open_tot_en_met_de_deadline()
    {
        Assert.True(Reviewregels.IsOpen(Vandaag, Vandaag));
        Assert.False(Reviewregels.IsOpen(Vandaag, Vandaag.AddDays(1)));
    }

    [Fact]
    public void Een_opmerking_hoort_bij_een_bestaand_blok_heeft_tekst_en_kan_alleen_tijdens_de_review()
    {
        var fouten = Reviewregels.ControleerOpmerking("bestaat-niet", " ", ["samenvatting"], rondeOpen: false);

        Assert.Equal(["Tekst", "Sleutel", "Tekst"], fouten.Select(f => f.Veld));
        Assert.Empty(Reviewregels.ControleerOpmerking("samenvatting", "Graag concreter.", ["samenvatting"], rondeOpen: true));
    }
}
