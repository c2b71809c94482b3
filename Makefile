.PHONY: start test
# Starts the portal in demo mode (installs Node 24, yarn and dependencies when missing).
start:
	@bash scripts/start.sh

# Runs every check, as CI does.
test:
	@bash scripts/test.sh
