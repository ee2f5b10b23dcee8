namespace IdCyclus.Modules.Organisatie.Domain;

/// <summary>Inbox: an integration event key this module has handled, so a redelivery changes nothing.</summary>
internal sealed class VerwerkteGebeurtenis
{
    public required string Sleutel { get; init; }

    public DateTime VerwerktOpUtc { get; init; }
}
