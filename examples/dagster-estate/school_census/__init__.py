"""school_census: school census and attendance (fictional collections)."""
