using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Tests.Integration.Infrastructuur;

/// <summary>Catches outgoing mail in memory for HTTP tests (the real SMTP path is tested against a real server).</summary>
public sealed class OpgevangenMail : IMailVerzender
{
    private readonly List<(string Aan, string Onderwerp, string Tekst)> _mails = [];

    public IReadOnlyList<(string Aan, string Onderwerp, string Tekst)> Mails
    {
        get
        {
            lock (_mails)
            {
                return _mails.ToList();
            }
        }
    }

    public void Leeg()
    {
        lock (_mails)
        {
            _mails.Clear();
        }
    }

    public Task VerzendAsync(WorkflowBericht bericht, CancellationToken cancellationToken)
    {
        lock (_mails)
        {
            _mails.Add((bericht.OntvangerAdres, bericht.Onderwerp, bericht.Tekst));
        }

        return Task.CompletedTask;
    }
}
