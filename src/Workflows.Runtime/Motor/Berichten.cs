using IdCyclus.Workflows.Runtime.Persistence;

namespace IdCyclus.Workflows.Runtime.Motor;

/// <summary>Queues a templated message to people, as a mail and an in-app notification, each with its own idempotency key.</summary>
internal static class Berichten
{
    public static void Stuur(
        WorkflowDbContext db,
        IBerichtSjablonen sjablonen,
        string sjabloon,
        IEnumerable<WorkflowPersoon> ontvangers,
        string sleutel,
        DateTime nu,
        Func<WorkflowPersoon, BerichtGegevens> gegevens,
        Guid? instantieId,
        Guid? taakId,
        string? link)
    {
        foreach (var ontvanger in ontvangers.DistinctBy(o => o.Id))
        {
            var (onderwerp, tekst) = sjablonen.Maak(sjabloon, gegevens(ontvanger));
            foreach (var kanaal in new[] { BerichtKanaal.Mail, BerichtKanaal.InApp })
            {
                db.Berichten.Add(new Bericht
                {
                    Sleutel = $"{sleutel}:{ontvanger.Id:N}:{kanaal}",
                    Kanaal = kanaal,
                    OntvangerId = ontvanger.Id,
                    OntvangerNaam = ontvanger.Naam,
                    OntvangerAdres = ontvanger.Email,
                    Onderwerp = onderwerp,
                    Tekst = tekst,
                    Link = link,
                    InstantieId = instantieId,
                    TaakId = taakId,
                    // An in-app message is "delivered" by being stored; only mail goes through the queue.
                    Status = kanaal == BerichtKanaal.Mail ? BerichtStatus.Wachtrij : BerichtStatus.Verzonden,
                    VerzondenOpUtc = kanaal == BerichtKanaal.Mail ? null : nu,
                    VolgendePogingUtc = nu,
                    AangemaaktOpUtc = nu,
                });
            }
        }
    }
}
