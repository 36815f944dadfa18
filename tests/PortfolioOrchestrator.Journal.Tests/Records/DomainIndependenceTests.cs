using PortfolioOrchestrator.Domain.Primitives;

namespace PortfolioOrchestrator.Journal.Tests.Records;

public sealed class DomainIndependenceTests
{
    [Fact]
    public void The_domain_carries_no_serialization_so_its_names_never_decide_what_is_stored()
    {
        var references = typeof(Money).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("System.Text.Json", references);
    }
}
