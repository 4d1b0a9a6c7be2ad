namespace Salgskraft.Domain.Organization;

/// <summary>What a user may see and do in one company.</summary>
public enum AccessRole
{
    Administrator,
    Director,
    Manager,
    Salesperson,
}
