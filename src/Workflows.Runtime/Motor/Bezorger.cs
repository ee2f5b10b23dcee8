using IdCyclus.Workflows.Runtime.Lezen;
using IdCyclus.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>
/// Sends queued mails. A mail is claimed with a conditional update before sending, so two hosts never send the same
/// row; a failure is retried with exponential backoff until <see cref="WorkflowOpties.MaxPogingen"/>, then dead-lettered.
/// </summary>
internal sealed class Bezorger(WorkflowDbContext db, IMailVerzender mail, TimeProvider klok, IOptions<WorkflowOpties> opties, ILogger<Bezorger> logger)
{
    public async Task<int> BezorgAsync(int maximum, CancellationToken cancellationToken)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        var kandidaten = await db.Berichten.AsNoTracking()
            .Where(b => b.Kanaal == BerichtKanaal.Mail && b.Status == BerichtStatus.Wachtrij && b.VolgendePogingUtc <= nu)
            .OrderBy(b => b.VolgendePogingUtc).ThenBy(b => b.OntvangerAdres).ThenBy(b => b.Onderwerp)
            .Select(b => b.Id).Take(maximum).ToListAsync(cancellationToken);

        var verzonden = 0;
        foreach (var id in kandidaten)
        {
            // The lease runs from the moment of this claim, not from the start of the batch: late in a long batch a
            // lease counted from the start would already have expired, and another host could send the same mail.
            var geclaimdOp = klok.GetUtcNow().UtcDateTime;
            var claimTot = geclaimdOp + opties.Value.Claimduur;
            var geclaimd = await db.Berichten
                .Where(b => b.Id == id && b.Status == BerichtStatus.Wachtrij && b.VolgendePogingUtc <= geclaimdOp)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.VolgendePogingUtc, claimTot), cancellationToken);
            if (geclaimd == 0)
            {
                continue;
            }

            var bericht = await db.Berichten.FirstAsync(b => b.Id == id, cancellationToken);
            Crashpunt.Bereikt("mail-geclaimd");
            try
            {
                await mail.VerzendAsync(bericht.AlsRecord(), cancellationToken);
                Crashpunt.Bereikt("mail-verzonden");
                bericht.Status = BerichtStatus.Verzonden;
                bericht.VerzondenOpUtc = klok.GetUtcNow().UtcDateTime;
                bericht.Pogingen++;
                bericht.LaatsteFout = null;
                verzonden++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                bericht.Pogingen++;
                bericht.LaatsteFout = ex.Message;
                if (bericht.Pogingen >= opties.Value.MaxPogingen)
                {
                    bericht.Status = BerichtStatus.Mislukt;
                    logger.LogError(ex, "Mail {Sleutel} na {Pogingen} pogingen opgegeven", bericht.Sleutel, bericht.Pogingen);
                }
                else
                {
                    bericht.VolgendePogingUtc = nu + opties.Value.EersteWachttijd * Math.Pow(2, bericht.Pogingen - 1);
                    logger.LogWarning("Mail {Sleutel} mislukt (poging {Pogingen}): {Fout}", bericht.Sleutel, bericht.Pogingen, ex.Message);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            Crashpunt.Bereikt(bericht.Status == BerichtStatus.Verzonden ? "mail-vastgelegd" : "mail-mislukt-vastgelegd");
        }

        return verzonden;
    }

    /// <summary>Bureau puts a dead-lettered mail back in the queue.</summary>
    public async Task<bool> OpnieuwAsync(Guid berichtId, CancellationToken cancellationToken) =>
        await db.Berichten.Where(b => b.Id == berichtId && b.Status == BerichtStatus.Mislukt)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, BerichtStatus.Wachtrij)
                .SetProperty(b => b.Pogingen, 0)
                .SetProperty(b => b.VolgendePogingUtc, klok.GetUtcNow().UtcDateTime), cancellationToken) == 1;
}
