using IdCyclus.Modules.Rapportage.Features.MomentopnameNemen;
using IdCyclus.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IdCyclus.Modules.Rapportage.Persistence;

/// <summary>
/// With the demo data, "Rapportage 2024" is started from the other modules' demo data (seeded before this module), so a
/// new user finds a report to read on first start.
/// </summary>
internal static class Demodata
{
    public const int Jaar = 2024;

    public static async Task VulAsync(IServiceProvider diensten, CancellationToken ct)
    {
        if (await diensten.GetRequiredService<RapportageDbContext>().Rapportages.AnyAsync(ct))
        {
            return;
        }

        await diensten.GetRequiredService<MomentopnameNemenHandler>().VoerUitAsync(new MomentopnameNemenOpdracht(Jaar, null, Actor.Systeem), ct);
    }
}
