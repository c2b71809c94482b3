"""road_safety: reported road collisions and casualties (fictional feeds)."""
