using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Access;

public static partial class Visible
{
    /// <summary>
    /// Only administrators and directors import, see the import history and undo: an import writes the whole
    /// company's master data and sales, beyond any manager's units or salesperson's own customers.
    /// </summary>
    public static bool MayImport(this AccessContext access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Role is AccessRole.Administrator or AccessRole.Director;
    }
}
