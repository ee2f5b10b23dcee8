using System.Net;
using IdCyclus.Modules.Rapportage.Domain;
using IdCyclus.Modules.Rapportage.Features.TekstBewerken;
using IdCyclus.Modules.Rapportage.Persistence;
using IdCyclus.Shared.Security;
using IdCyclus.Tests.Integration.Infrastructuur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IdCyclus.Tests.Integration.Vragenlijst.Importhulp;

namespace IdCyclus.Tests.Integration.Rapportage;

/// <summary>Steps the report tests share: every block definitief, and publishing as Bureau does.</summary>
internal static class RapportageTestdata
{
    public static Task<int> AllesDefinitiefAsync(IdCyclusFabriek fabriek, int jaar = 2024) => fabriek.MetDienstAsync(async s =>
    {
        var db = s.GetRequiredService<RapportageDbContext>();
        var blokken = await db.Tekstblokken.AsNoTracking().ToListAsync();
        foreach (var blok in blokken)
        {
            var staat = s.GetRequiredService<BlokstaatWijzigenHandler>();
            var versie = (await staat.VoerUitAsync(
                new BlokstaatWijzigen(jaar, blok.Sleutel, Blokstaat.InReview, blok.Versie, Actor.Systeem),
                CancellationToken.None)).Waarde;
            Assert.True((await staat.VoerUitAsync(
                new BlokstaatWijzigen(jaar, blok.Sleutel, Blokstaat.Definitief, versie, Actor.Systeem),
                CancellationToken.None)).IsGelukt);
        }

        return blokken.Count;
    });

    public static async Task PublicerenAsync(IdCyclusFabriek fabriek)
    {
        await AllesDefinitiefAsync(fabriek);
        using var bureau = await BureauAsync(fabriek);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await bureau.VerstuurFormulierAsync("/rapportage/2024", new Dictionary<string, string>(), "form[action*=Publiceren]")).StatusCode);
    }
}
