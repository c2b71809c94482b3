"""tax_receipts_analytics: tax receipts analytics (fictional ledger and returns)."""
