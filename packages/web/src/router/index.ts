export { navigate, takeFocusRequest, resetRouter, setRenderedPath, type Location } from './history';
export { useLocation, useSearchParams } from './use-location';
export { Link, routeClick, type LinkProps } from './link';
export { matchRoute, type Route } from './match';
