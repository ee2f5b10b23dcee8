using System.Text.Json;
using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Rapportage.Contracts;
using IdCyclus.Workflows;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Tests;

public sealed class RapportagereviewTests
{
    private static readonly ReviewrondeGegevens Ronde = new(2024, 3, new DateOnly(2025, 3, 15), "/rapportage/2024/review");

    [Fact]
    public void De_definitie_van_een_ronde_geeft_elk_werkgroeplid_een_taak_op_de_deadline_met_herinneringen_en_escalatie_naar_Bureau()
    {
        var organisatie = new NepOrganisatie();
        var catalogus = new WorkflowCatalogus
        {
            Rollen = new OrganisatieRollen(organisatie).Rollen.ToHashSet(StringComparer.Ordinal),
            Collecties = new HashSet<string>([new Werkgroepleden(organisatie).Naam], StringComparer.Ordinal),
            Formulieren = new HashSet<string>([new RapportageReviewFormulier(new NepRapportage(Ronde)).Naam], StringComparer.Ordinal),
            Sjablonen = new Sjablonen().Namen.ToHashSet(StringComparer.Ordinal),
        };

        var json = Rapportagereview.Maak(Ronde);

        Assert.Empty(WorkflowDefinitieLezer.Lees(json, catalogus).Fouten);
        var definitie = WorkflowDefinitieLezer.Lees(json).Definitie!;
        Assert.Equal(("rapportage-review-2024", 3), (definitie.Id, definitie.Versie));
        var perLid = Assert.IsType<PerItemStap>(Assert.Single(definitie.Stappen));
        Assert.Equal("werkgroepleden", perLid.Collectie);
        var taak = Assert.IsType<TaakStap>(Assert.Single(perLid.Stappen));
        Assert.Equal(new DatumTermijn(new DateOnly(2025, 3, 15)), taak.Deadline);
        Assert.Equal(["P3D", "P1D"], taak.Herinneringen.Select(h => h.ToString()));
        Assert.Equal(("P1D", "bureau"), (Assert.Single(taak.Escalaties).Na.ToString(), taak.Escalaties[0].NaarRol));
        Assert.Equal((OrganisatieRollen.Persoon, Bereik.Item), (taak.Rol, taak.Bereik));
        Assert.False(definitie.Opties.Werkdagen);
    }

    [Fact]
    public void De_stap_noemt_jaar_en_conceptversie_en_andere_stappen_niet()
    {
        Assert.Equal((2024, 3), Rapportagereview.Lees(Rapportagereview.StapId(2024, 3)));
        Assert.Null(Rapportagereview.Lees("plan-van-aanpak-beoordelen"));
        Assert.Null(Rapportagereview.Lees("review-2024-concept-x"));
        Assert.Null(Rapportagereview.Lees("review-2024"));
    }

    [Fact]
    public async Task Afronden_vraagt_de_bevestiging_van_het_lid_zelf_en_stuurt_de_afronding_naar_Rapportage()
    {
        var lid = new Modules.Organisatie.Contracts.PersoonGegevens(Guid.NewGuid(), "Fictief Werkgroeplid", "lid@example.org");
        var ander = new Modules.Organisatie.Contracts.PersoonGegevens(Guid.NewGuid(), "Iemand Anders", "ander@example.org");
        var formulier = new RapportageReviewFormulier(new NepRapportage(Ronde));

        var zonder = await formulier.VerwerkAsync(Context(lid, lid), Formuliercontext.Velden(), default);
        var doorAnder = await formulier.VerwerkAsync(Context(lid, ander), Formuliercontext.Velden(("Gelezen", "true")), default);
        var andereStap = await formulier.VerwerkAsync(
            Context(lid, lid) with { StapId = Rapportagereview.StapId(2024, 4) },
            Formuliercontext.Velden(("Gelezen", "true")),
            default);
        var gelukt = await formulier.VerwerkAsync(Context(lid, lid), Formuliercontext.Velden(("Gelezen", "true")), default);

        Assert.Equal("Gelezen", Assert.Single(zonder.Fouten).Veld);
        Assert.Contains("Alleen het werkgroeplid", Assert.Single(doorAnder.Fouten).Melding);
        Assert.Contains("hoort niet bij een review", Assert.Single(andereStap.Fouten).Melding);
        var gebeurtenis = Assert.Single(gelukt.Gebeurtenissen);
        Assert.Equal((ReviewAfgerond.Type, "taak:00000000-0000-0000-0000-00000000beef"), (gebeurtenis.Type, gebeurtenis.Sleutel));
        Assert.Equal(
            new ReviewAfgerond(2024, 3, lid.Id, lid.Naam, Formuliercontext.Moment),
            JsonSerializer.Deserialize<ReviewAfgerond>(gebeurtenis.Json, JsonSerializerOptions.Web));
    }

    private static FormulierContext Context(Modules.Organisatie.Contracts.PersoonGegevens lid, Modules.Organisatie.Contracts.PersoonGegevens door) =>
        Formuliercontext.Voor(null, door) with { StapId = Rapportagereview.StapId(2024, 3), Bereik = lid.Id.ToString(), ItemSleutel = lid.Id.ToString() };

    private sealed class NepRapportage(ReviewrondeGegevens ronde) : IRapportageQueries
    {
        public Task<PublicatieGegevens?> GepubliceerdAsync(int jaar, CancellationToken cancellationToken = default) =>
            Task.FromResult<PublicatieGegevens?>(null);

        public Task<ReviewrondeGegevens?> ReviewrondeAsync(int jaar, int conceptnummer, CancellationToken cancellationToken = default) =>
            Task.FromResult(jaar == ronde.Jaar && conceptnummer == ronde.Conceptnummer ? ronde : null);

        public Task<IReadOnlyList<SectieGegevens>> SectiesVoorClusterdirecteurAsync(
            int jaar,
            IReadOnlyCollection<string> clusterIds,
            CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SectieGegevens>>([]);
    }
}
