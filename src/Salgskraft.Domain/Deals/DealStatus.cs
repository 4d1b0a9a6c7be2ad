namespace Salgskraft.Domain.Deals;

public enum DealStatus
{
    Open,
    Won,
    Lost,
}
