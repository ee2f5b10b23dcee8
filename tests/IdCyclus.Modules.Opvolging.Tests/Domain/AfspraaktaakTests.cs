using IdCyclus.Modules.Opvolging.Domain;
using static IdCyclus.Modules.Opvolging.Tests.Domain.Voorbeelden;

namespace IdCyclus.Modules.Opvolging.Tests.Domain;

public class AfspraaktaakTests
{
    private static readonly Taakstand Lopend = new(true, Deadline);

    [Fact]
    public void Een_open_afspraak_zonder_taak_krijgt_er_een_en_met_taak_op_dezelfde_deadline_gebeurt_niets()
    {
        Assert.Equal(Taakactie.Starten, Afspraaktaak.Bepaal(Trekkerafspraak(), null));
        Assert.Equal(Taakactie.Niets, Afspraaktaak.Bepaal(Trekkerafspraak(), Lopend));
    }

    [Fact]
    public void Een_verschoven_deadline_verplaatst_de_open_taak()
    {
        var afspraak = Planafspraak().Verschoven(new DateOnly(2025, 9, 1), op: new DateOnly(2025, 5, 1));

        Assert.Equal(Taakactie.DeadlineVerplaatsen, Afspraaktaak.Bepaal(afspraak, Lopend));
        Assert.Equal(Taakactie.Niets, Afspraaktaak.Bepaal(afspraak, new Taakstand(true, new DateOnly(2025, 9, 1))));
    }

    [Fact]
    public void Gedaan_rondt_de_lopende_taak_af_en_vervallen_annuleert_haar()
    {
        Assert.Equal(Taakactie.Afronden, Afspraaktaak.Bepaal(Overige().Gesloten(gedaan: true), Lopend));
        Assert.Equal(Taakactie.Annuleren, Afspraaktaak.Bepaal(Overige().Gesloten(gedaan: false), Lopend));
    }

    [Fact]
    public void Een_gesloten_afspraak_krijgt_nooit_een_taak_en_een_beeindigde_taak_blijft_zoals_ze_eindigde()
    {
        Assert.Equal(Taakactie.Niets, Afspraaktaak.Bepaal(Trekkerafspraak().Gesloten(gedaan: true), null));
        Assert.Equal(Taakactie.Niets, Afspraaktaak.Bepaal(Trekkerafspraak().Gesloten(gedaan: false), new Taakstand(false, null)));
        // The directeur completed the task (a trekker named) before Organisatie's event closed the agreement.
        Assert.Equal(Taakactie.Niets, Afspraaktaak.Bepaal(Trekkerafspraak(), new Taakstand(false, null)));
    }

    [Fact]
    public void De_taaktekst_noemt_directie_afspraak_en_voor_de_trekker_de_herkomst_van_de_uren()
    {
        var tekst = Afspraaktaak.Omschrijving(Afspraaksoort.TrekkerBenoemd, "Communicatie", 8m,
            "Er is geen trekker; minimaal 8 uur per week (aanbeveling uit de Voortgangsrapportage 2024; "
            + "het GMT heeft dit nog niet als eigen afspraak vastgelegd).");

        Assert.StartsWith("Communicatie: Trekker met minimaal 8 uur per week benoemd — Er is geen trekker", tekst);
        Assert.Contains("aanbeveling uit de Voortgangsrapportage 2024", tekst);
        Assert.Equal("Communicatie: MT-agenda", Afspraaktaak.Omschrijving(Afspraaksoort.Overig, "Communicatie", null, "MT-agenda"));
        Assert.Equal(Afspraaktaak.MaxItemOmschrijving, Afspraaktaak.Omschrijving(Afspraaksoort.Overig, "Communicatie", null, new string('x', 500)).Length);
    }

    [Fact]
    public void Elke_soort_heeft_haar_eigen_definitie_en_elke_afspraak_een_eigen_sleutel()
    {
        Assert.Equal(3, Enum.GetValues<Afspraaksoort>().Select(Afspraaktaak.DefinitieId).Distinct().Count());
        Assert.All(Enum.GetValues<Afspraaksoort>(), s => Assert.StartsWith(Afspraaktaak.DefinitiePrefix, Afspraaktaak.DefinitieId(s)));
        Assert.Equal($"afspraak:{Directie}", Afspraaktaak.Sleutel(Directie));
    }
}
