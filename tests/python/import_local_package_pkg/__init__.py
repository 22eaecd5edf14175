VERSION = '1.0'
init_runs = globals().get('init_runs', 0) + 1
public_name = 'public'
_private_name = 'private'
__all__ = ['public_name', '_private_name']
