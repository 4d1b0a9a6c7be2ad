using System.Diagnostics.CodeAnalysis;
using Salgskraft.Domain.Customers;

namespace Salgskraft.Core.Customers;

/// <summary>Which view a list of customers is taken from.</summary>
public enum SelectionKind
{
    All,
    Group,
    NoRevenue,
    Movement,
    Potential,
    Ansoff,
    Stage,
    Loss,
}

/// <summary>
/// The customers behind one number of a view, written as text so a link or query string can carry it:
/// <c>all</c>, <c>group:Key</c>, <c>norevenue</c>, <c>movement:Key:Star</c> (from, to; <c>NotPlaced</c> allowed),
/// <c>potential:QuestionMark:High</c> (position, class), <c>ansoff:NewProductsExistingCustomers</c>,
/// <c>stage:Partner</c>, <c>loss</c>.
/// </summary>
public sealed record CustomerSelection(
    SelectionKind Kind,
    PlatformPosition? Position = null,
    PlatformPosition? To = null,
    PotentialClass? Class = null,
    AnsoffQuadrant? Quadrant = null,
    DevelopmentStage? Stage = null)
{
    public static CustomerSelection All { get; } = new(SelectionKind.All);

    public static bool TryParse(string? text, [NotNullWhen(true)] out CustomerSelection? selection)
    {
        selection = (text ?? "all").Split(':') switch
        {
            ["all"] => All,
            ["norevenue"] => new(SelectionKind.NoRevenue),
            ["loss"] => new(SelectionKind.Loss),
            ["group", var g] when Parse<PlatformGroup>(g) is { } group => new(SelectionKind.Group, (PlatformPosition)group),
            ["movement", var f, var t] when Parse<PlatformPosition>(f) is { } from && Parse<PlatformPosition>(t) is { } to
                => new(SelectionKind.Movement, from, to),
            ["potential", var p, var c] when Parse<PlatformPosition>(p) is { } position && Parse<PotentialClass>(c) is { } cls
                => new(SelectionKind.Potential, position, Class: cls),
            ["ansoff", var q] when Parse<AnsoffQuadrant>(q) is { } quadrant => new(SelectionKind.Ansoff, Quadrant: quadrant),
            ["stage", var s] when Parse<DevelopmentStage>(s) is { } stage => new(SelectionKind.Stage, Stage: stage),
            _ => null,
        };
        return selection is not null;
    }

    public override string ToString() => Kind switch
    {
        SelectionKind.Group => $"group:{Position}",
        SelectionKind.Movement => $"movement:{Position}:{To}",
        SelectionKind.Potential => $"potential:{Position}:{Class}",
        SelectionKind.Ansoff => $"ansoff:{Quadrant}",
        SelectionKind.Stage => $"stage:{Stage}",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    private static T? Parse<T>(string text) where T : struct, Enum =>
        text.Length > 0 && char.IsLetter(text[0]) && Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}
