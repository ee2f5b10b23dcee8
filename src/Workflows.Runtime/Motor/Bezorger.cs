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
        foreach (var partij in kandidaten.Chunk(PerClaim))
        {
            foreach (var bericht in await ClaimAsync(partij, cancellationToken))
            {
                verzonden += await VerzendAsync(bericht, nu, cancellationToken) ? 1 : 0;
            }
        }

        return verzonden;
    }

    /// <summary>
    /// How many mails one transaction claims: with one conditional update for the whole batch when no other host took any
    /// of them meanwhile, else one per mail (ADR 0031). The claimed rows are loaded with one query.
    /// </summary>
    public const int PerClaim = 25;

    /// <summary>
    /// Claims a batch. The lease runs from the claim, and it must cover sending the whole batch; a mail whose lease is
    /// half gone before it is sent is left for the next round (see <see cref="VerzendAsync"/>).
    /// </summary>
    internal async Task<List<Bericht>> ClaimAsync(Guid[] partij, CancellationToken cancellationToken)
    {
        var geclaimdOp = klok.GetUtcNow().UtcDateTime;
        var claimTot = geclaimdOp + opties.Value.Claimduur;
        var geclaimd = await ClaimSamenAsync(partij, geclaimdOp, claimTot, cancellationToken)
            ?? await ClaimElkAsync(partij, geclaimdOp, claimTot, cancellationToken);
        var berichten = await db.Berichten.Where(b => geclaimd.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        return [.. geclaimd.Select(id => berichten[id])];
    }

    /// <summary>
    /// One statement for the batch. When it changed every row, every row is this host's: a row another host had claimed no
    /// longer matches the condition. When it changed fewer, the row count cannot say which rows were taken, so the claim is
    /// undone (null) and <see cref="ClaimElkAsync"/> claims them one by one.
    /// </summary>
    private async Task<IReadOnlyList<Guid>?> ClaimSamenAsync(Guid[] partij, DateTime geclaimdOp, DateTime claimTot, CancellationToken ct)
    {
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        if (await ClaimRijenAsync(db.Berichten.Where(b => partij.Contains(b.Id)), geclaimdOp, claimTot, ct) != partij.Length)
        {
            await transactie.RollbackAsync(ct);
            return null;
        }

        await transactie.CommitAsync(ct);
        return partij;
    }

    /// <summary>Each claim its own conditional update, committed together: the row count says whether this host owns the row.</summary>
    private async Task<IReadOnlyList<Guid>> ClaimElkAsync(Guid[] partij, DateTime geclaimdOp, DateTime claimTot, CancellationToken ct)
    {
        var geclaimd = new List<Guid>();
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        foreach (var id in partij)
        {
            if (await ClaimRijenAsync(db.Berichten.Where(b => b.Id == id), geclaimdOp, claimTot, ct) == 1)
            {
                geclaimd.Add(id);
            }
        }

        await transactie.CommitAsync(ct);
        return geclaimd;
    }

    /// <summary>The one conditional claim both ways use: those of the rows still queued and due get this host's lease.</summary>
    private static Task<int> ClaimRijenAsync(IQueryable<Bericht> berichten, DateTime geclaimdOp, DateTime claimTot, CancellationToken ct) =>
        berichten.Where(b => b.Status == BerichtStatus.Wachtrij && b.VolgendePogingUtc <= geclaimdOp)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.VolgendePogingUtc, claimTot), ct);

    /// <summary>Sends one claimed mail and records the outcome at once (one commit), so a crash resends at most this mail.</summary>
    private async Task<bool> VerzendAsync(Bericht bericht, DateTime nu, CancellationToken cancellationToken)
    {
        // Another host may claim it again once the lease has expired; stop well before that, and let the next round claim it anew.
        if (klok.GetUtcNow().UtcDateTime > bericht.VolgendePogingUtc - opties.Value.Claimduur / 2)
        {
            return false;
        }

        Crashpunt.Bereikt("mail-geclaimd");
        var verzonden = false;
        // A send must end while the lease holds, or another host may claim the mail and send it too. A slow or hanging
        // server is cut off at three quarters of the lease, which leaves the last quarter for recording the outcome. If
        // the server had already accepted the mail, the retry sends it again with the same Message-ID (at least once).
        var grens = bericht.VolgendePogingUtc - opties.Value.Claimduur / 4 - klok.GetUtcNow().UtcDateTime;
        using var claimBewaking = new CancellationTokenSource(grens > TimeSpan.Zero ? grens : TimeSpan.Zero, klok);
        using var samen = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, claimBewaking.Token);
        try
        {
            await mail.VerzendAsync(bericht.AlsRecord(), samen.Token);
            Crashpunt.Bereikt("mail-verzonden");
            bericht.Status = BerichtStatus.Verzonden;
            bericht.VerzondenOpUtc = klok.GetUtcNow().UtcDateTime;
            bericht.Pogingen++;
            bericht.LaatsteFout = null;
            verzonden = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            bericht.Pogingen++;
            bericht.LaatsteFout = ex is OperationCanceledException ? ClaimVerlopen : ex.Message;
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

        // A recorded mail is no longer tracked: otherwise each commit compares every mail claimed so far in this round
        // (up to a round's 200), so a round of n mails did about n x n comparisons; now at most the claim batch's 25.
        db.Entry(bericht).State = EntityState.Detached;
        Crashpunt.Bereikt(bericht.Status == BerichtStatus.Verzonden ? "mail-vastgelegd" : "mail-mislukt-vastgelegd");
        return verzonden;
    }

    /// <summary>The recorded error of a send cut off at the end of its lease; Bureau reads it on the mail page.</summary>
    public const string ClaimVerlopen = "De mailserver antwoordde niet op tijd; de verzending is afgebroken en wordt opnieuw geprobeerd.";

    /// <summary>Bureau puts a dead-lettered mail back in the queue.</summary>
    public async Task<bool> OpnieuwAsync(Guid berichtId, CancellationToken cancellationToken) =>
        await db.Berichten.Where(b => b.Id == berichtId && b.Status == BerichtStatus.Mislukt)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, BerichtStatus.Wachtrij)
                .SetProperty(b => b.Pogingen, 0)
                .SetProperty(b => b.VolgendePogingUtc, klok.GetUtcNow().UtcDateTime), cancellationToken) == 1;
}
