using PortfolioOrchestrator.Domain.QualityAssurance;

namespace PortfolioOrchestrator.Domain.Tests.Inputs;

public sealed class ApprovalGateTests
{
    [Theory]
    [InlineData("APPROVED_FOR_EXECUTION")]
    [InlineData("approved_for_execution")]
    [InlineData("Approved for execution")]
    [InlineData("approved-for-execution")]
    [InlineData(" APPROVED_FOR_EXECUTION ")]
    [InlineData("Approved - for  execution")]
    public void Resolution14_the_gate_is_compared_ignoring_case_and_treating_underscore_hyphen_and_space_alike(string gate)
    {
        Assert.True(ApprovalGate.IsApproved(gate));
        Assert.True(new TradeBuilder().Gate(gate).Build().IsApproved);
    }

    [Theory]
    [InlineData("APPROVED_FOR_EXECUTON", false)]
    [InlineData("APPROVEDFOREXECUTION", false)]
    [InlineData("APPROVED", false)]
    [InlineData("REJECTED", true)]
    [InlineData("needs review", true)]
    [InlineData("Revise-and-resubmit", true)]
    [InlineData("hold", true)]
    [InlineData("", false)]
    public void Resolution14_any_other_gate_is_not_approved_and_only_the_qa_gates_are_known(string gate, bool known)
    {
        Assert.False(ApprovalGate.IsApproved(gate));
        Assert.Equal(known, ApprovalGate.IsKnown(gate));
    }
}
