"""Discord-side building blocks shared by the cogs: text clipping, embed budgets, pagination."""
