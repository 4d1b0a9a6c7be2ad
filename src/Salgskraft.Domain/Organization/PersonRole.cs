namespace Salgskraft.Domain.Organization;

/// <summary>A person's job in the sales organisation (not their access right; see <c>AccessRole</c>).</summary>
public enum PersonRole
{
    Director,
    GeneralManager,
    SalesManager,
    ServiceManager,
    Salesperson,
    ServiceAdvisor,
}
