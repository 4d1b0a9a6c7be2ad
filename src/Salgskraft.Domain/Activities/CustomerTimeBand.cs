namespace Salgskraft.Domain.Activities;

/// <summary>Where a share of working time with customers lies against the reference band of 40–60 %.</summary>
public enum CustomerTimeBand
{
    Below,
    Within,
    Above,
}
