using Microsoft.EntityFrameworkCore;
using Salgskraft.Core.Access;
using Salgskraft.Core.Common;
using Salgskraft.Core.Data;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Customers;

/// <summary>
/// Names a customer a development customer (utviklingskunde), or no longer: a manager for the customers of their units,
/// a director or an administrator for the company's. The result model counts these customers as prioritised.
/// </summary>
public sealed class DevelopmentCustomerService(SalgskraftDbContext db)
{
    /// <summary>Whether the caller's role may name development customers at all; which customers is the visibility rule's question.</summary>
    public static bool CanSet(AccessContext access) =>
        access.Role is AccessRole.Manager or AccessRole.Director or AccessRole.Administrator;

    /// <exception cref="NotFoundException">The customer does not exist or is not the caller's to see.</exception>
    /// <exception cref="ForbiddenException">The caller is a salesperson.</exception>
    public async Task<bool> SetAsync(AccessContext access, int customerId, bool isDevelopmentCustomer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var customer = await db.Customers(access.Scope).SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken)
            ?? throw new NotFoundException(AccessReasons.CustomerNotFound(customerId));
        if (!CanSet(access))
        {
            throw new ForbiddenException(AccessReasons.DevelopmentCustomersForLeaders());
        }

        customer.IsDevelopmentCustomer = isDevelopmentCustomer;
        await db.SaveChangesAsync(cancellationToken);
        return customer.IsDevelopmentCustomer;
    }
}
