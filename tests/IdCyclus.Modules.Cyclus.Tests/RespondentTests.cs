using IdCyclus.Modules.Cyclus.Workflow;
using IdCyclus.Modules.Organisatie.Contracts;

namespace IdCyclus.Modules.Cyclus.Tests;

/// <summary>Who confirms an interview: seed 000, 2.3.1 (trekker; without one a waarnemend MT-lid).</summary>
public sealed class RespondentTests
{
    private static readonly DateOnly Datum = new(2025, 5, 1);
    private static readonly PersoonGegevens MtLidPo = new(Guid.Parse("00000000-0000-0000-0000-0000000000b1"), "Mieke MT", "m.mt@amsterdam.nl");

    private static async Task<IReadOnlyList<string>> RespondentenAsync(NepOrganisatie organisatie, DirectieGegevens directie) =>
        (await new OrganisatieRollen(organisatie).ResolveAsync(OrganisatieRollen.Respondent, directie.Id.ToString(), Datum, default))
            .Select(p => p.Naam).ToList();

    [Fact]
    public async Task Met_een_trekker_is_de_trekker_respondent()
    {
        Assert.Equal([NepOrganisatie.Trekker.Naam], await RespondentenAsync(new NepOrganisatie(), NepOrganisatie.Dv));
    }

    [Fact]
    public async Task Zonder_trekker_is_een_waarnemend_MT_lid_respondent_en_niet_de_directeur()
    {
        var organisatie = new NepOrganisatie(new RolGegevens(
            Guid.NewGuid(), Rol.MtLid, MtLidPo, NepOrganisatie.Po.Id, null, new DateOnly(2020, 1, 1), null, null));

        Assert.Equal([MtLidPo.Naam], await RespondentenAsync(organisatie, NepOrganisatie.Po));
    }

    [Fact]
    public async Task Zonder_trekker_en_zonder_MT_lid_blijft_de_directeur_over()
    {
        Assert.Equal([NepOrganisatie.DirecteurPo.Naam], await RespondentenAsync(new NepOrganisatie(), NepOrganisatie.Po));
    }
}
