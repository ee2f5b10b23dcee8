namespace IdCyclus.Modules.Opvolging.Domain;

/// <summary>What an agreement asks. Two kinds the system checks itself from other modules' events; the rest a person closes.</summary>
internal enum Afspraaksoort
{
    /// <summary>A trekker with at least the agreed hours per week is appointed (done on Organisatie's event).</summary>
    TrekkerBenoemd,

    /// <summary>An updated action plan is approved after the agreement was made (done on Actieplannen' event).</summary>
    ActieplanOpgeleverd,

    /// <summary>Anything else the GMT, a duidingsgesprek or Bureau agrees; closed by hand with evidence.</summary>
    Overig,
}

/// <summary>Where an agreement was made; the register shows it, so a directeur knows who to talk to about it.</summary>
internal enum Afspraakbron
{
    Gmt,
    Duidingsgesprek,
    Bureau,
}

/// <summary>The status a reader sees. Only <see cref="Gedaan"/> and <see cref="Vervallen"/> are stored; the rest follow from the dates.</summary>
internal enum Afspraakstatus
{
    Open,
    OpSchema,
    TeLaat,
    Gedaan,
    Vervallen,
}

/// <summary>A deadline moved, with why and by whom: the register keeps every move so slippage stays visible.</summary>
internal sealed record Deadlineverschuiving(DateOnly Van, DateOnly Naar, string Reden, DateOnly Op, string Door);

/// <summary>How an agreement ended: done with its evidence, or dropped with its reason.</summary>
internal sealed record Afsluiting(bool Gedaan, DateOnly Op, string Toelichting, string Door);

/// <summary>
/// One agreement as the rules see it. <see cref="OorspronkelijkeDeadline"/> never changes after the agreement is made;
/// the current deadline is the last move's target, so "original and current deadline" is always answerable.
/// </summary>
internal sealed record Afspraak(
    Afspraaksoort Soort,
    Afspraakbron Bron,
    Guid DirectieId,
    DateOnly VastgelegdOp,
    DateOnly OorspronkelijkeDeadline,
    decimal? MinimaleUren,
    IReadOnlyList<Deadlineverschuiving> Verschuivingen,
    DateOnly? LaatsteVoortgangsmelding,
    Afsluiting? Afsluiting)
{
    public DateOnly HuidigeDeadline => Verschuivingen.Count == 0 ? OorspronkelijkeDeadline : Verschuivingen[^1].Naar;

    /// <summary>Days the deadline moved in total; negative when it was brought forward.</summary>
    public int VerschovenDagen => HuidigeDeadline.DayNumber - OorspronkelijkeDeadline.DayNumber;

    public bool IsVerschoven => HuidigeDeadline != OorspronkelijkeDeadline;

    public bool IsAfgesloten => Afsluiting is not null;

    /// <summary>
    /// The status on a day. Late means the current deadline has passed (the day of the deadline itself still counts as
    /// in time). On track means the owner reported progress since the agreement or since the last deadline move, so a
    /// report made before a deadline was moved does not speak for the new one.
    /// </summary>
    public Afspraakstatus Status(DateOnly vandaag)
    {
        if (Afsluiting is { } afsluiting)
        {
            return afsluiting.Gedaan ? Afspraakstatus.Gedaan : Afspraakstatus.Vervallen;
        }

        if (vandaag > HuidigeDeadline)
        {
            return Afspraakstatus.TeLaat;
        }

        var sinds = Verschuivingen.Count == 0 ? VastgelegdOp : Verschuivingen[^1].Op;
        return LaatsteVoortgangsmelding is { } melding && melding >= sinds ? Afspraakstatus.OpSchema : Afspraakstatus.Open;
    }
}
